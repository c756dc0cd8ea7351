-- The counts added up per month and activity, kept up to date by triggers, so a report over years reads some
-- ten thousand rows instead of a million counts (issue 19: the five-year reach report took 553 ms). `bands` holds
-- the age-band counts as a JSON object {"band id": count}: one row per activity and month, not one per band.
-- As in the reports, only sessions that are not cancelled count; `sessions` counts those with a count.
CREATE TABLE attendance_months (
  month              TEXT NOT NULL,
  activity_id        INTEGER NOT NULL,
  sessions           INTEGER NOT NULL DEFAULT 0,
  total              INTEGER NOT NULL DEFAULT 0,
  new_visitors       INTEGER NOT NULL DEFAULT 0,
  volunteers_present INTEGER NOT NULL DEFAULT 0,
  bands              TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (month, activity_id)
) STRICT, WITHOUT ROWID;

INSERT INTO attendance_months (month, activity_id, sessions, total, new_visitors, volunteers_present)
  SELECT substr(s.date, 1, 7), s.activity_id, count(*), sum(n.total), sum(n.new_visitors), sum(n.volunteers_present)
  FROM sessions s JOIN session_counts n ON n.session_id = s.id WHERE s.cancelled = 0 GROUP BY 1, 2;
INSERT INTO attendance_months (month, activity_id, bands)
  SELECT month, activity_id, json_group_object(band, count) FROM (
    SELECT substr(s.date, 1, 7) AS month, s.activity_id, CAST(b.band_id AS TEXT) AS band, sum(b.count) AS count
    FROM sessions s JOIN session_band_counts b ON b.session_id = s.id WHERE s.cancelled = 0 GROUP BY 1, 2, 3
  ) GROUP BY 1, 2
ON CONFLICT DO UPDATE SET bands = excluded.bands;

-- The month row of a session that counts; made when its first count arrives.
CREATE VIEW session_months AS
  SELECT id AS session_id, substr(date, 1, 7) AS month, activity_id FROM sessions WHERE cancelled = 0;

CREATE TRIGGER session_counts_in AFTER INSERT ON session_counts BEGIN
  INSERT INTO attendance_months (month, activity_id, sessions, total, new_visitors, volunteers_present)
    SELECT month, activity_id, 1, NEW.total, NEW.new_visitors, NEW.volunteers_present FROM session_months WHERE session_id = NEW.session_id
  ON CONFLICT DO UPDATE SET sessions = sessions + 1, total = total + excluded.total,
    new_visitors = new_visitors + excluded.new_visitors, volunteers_present = volunteers_present + excluded.volunteers_present;
END;
CREATE TRIGGER session_counts_changed AFTER UPDATE OF total, new_visitors, volunteers_present ON session_counts BEGIN
  UPDATE attendance_months SET total = total - OLD.total + NEW.total,
    new_visitors = new_visitors - OLD.new_visitors + NEW.new_visitors,
    volunteers_present = volunteers_present - OLD.volunteers_present + NEW.volunteers_present
  WHERE (month, activity_id) = (SELECT month, activity_id FROM session_months WHERE session_id = NEW.session_id);
END;
CREATE TRIGGER session_counts_out AFTER DELETE ON session_counts BEGIN
  UPDATE attendance_months SET sessions = sessions - 1, total = total - OLD.total,
    new_visitors = new_visitors - OLD.new_visitors, volunteers_present = volunteers_present - OLD.volunteers_present
  WHERE (month, activity_id) = (SELECT month, activity_id FROM session_months WHERE session_id = OLD.session_id);
END;

CREATE TRIGGER session_band_counts_in AFTER INSERT ON session_band_counts BEGIN
  INSERT INTO attendance_months (month, activity_id, bands)
    SELECT month, activity_id, json_object(CAST(NEW.band_id AS TEXT), NEW.count) FROM session_months WHERE session_id = NEW.session_id
  ON CONFLICT DO UPDATE SET bands = json_set(bands, '$."' || NEW.band_id || '"',
    coalesce(json_extract(bands, '$."' || NEW.band_id || '"'), 0) + NEW.count);
END;
CREATE TRIGGER session_band_counts_changed AFTER UPDATE OF count ON session_band_counts BEGIN
  UPDATE attendance_months SET bands = json_set(bands, '$."' || NEW.band_id || '"',
    coalesce(json_extract(bands, '$."' || NEW.band_id || '"'), 0) - OLD.count + NEW.count)
  WHERE (month, activity_id) = (SELECT month, activity_id FROM session_months WHERE session_id = NEW.session_id);
END;
CREATE TRIGGER session_band_counts_out AFTER DELETE ON session_band_counts BEGIN
  UPDATE attendance_months SET bands = json_set(bands, '$."' || OLD.band_id || '"',
    coalesce(json_extract(bands, '$."' || OLD.band_id || '"'), 0) - OLD.count)
  WHERE (month, activity_id) = (SELECT month, activity_id FROM session_months WHERE session_id = OLD.session_id);
END;

-- A session moved to another day or activity, cancelled or restored: its counts leave the old month and join
-- the new one.
CREATE TRIGGER sessions_moved AFTER UPDATE OF date, activity_id, cancelled ON sessions
WHEN OLD.date <> NEW.date OR OLD.activity_id <> NEW.activity_id OR OLD.cancelled <> NEW.cancelled BEGIN
  UPDATE attendance_months SET
    sessions = sessions - n.counted, total = total - n.t, new_visitors = new_visitors - n.nv,
    volunteers_present = volunteers_present - n.vp,
    bands = (SELECT json_group_object(key, value) FROM (SELECT key, sum(value) AS value FROM (
      SELECT key, value FROM json_each(attendance_months.bands)
      UNION ALL SELECT CAST(band_id AS TEXT), -count FROM session_band_counts WHERE session_id = OLD.id) GROUP BY key))
  FROM (SELECT count(*) AS counted, coalesce(sum(total), 0) AS t, coalesce(sum(new_visitors), 0) AS nv,
    coalesce(sum(volunteers_present), 0) AS vp FROM session_counts WHERE session_id = OLD.id) AS n
  WHERE OLD.cancelled = 0 AND month = substr(OLD.date, 1, 7) AND activity_id = OLD.activity_id;
  INSERT INTO attendance_months (month, activity_id) SELECT substr(NEW.date, 1, 7), NEW.activity_id WHERE NEW.cancelled = 0
  ON CONFLICT DO NOTHING;
  UPDATE attendance_months SET
    sessions = sessions + n.counted, total = total + n.t, new_visitors = new_visitors + n.nv,
    volunteers_present = volunteers_present + n.vp,
    bands = (SELECT json_group_object(key, value) FROM (SELECT key, sum(value) AS value FROM (
      SELECT key, value FROM json_each(attendance_months.bands)
      UNION ALL SELECT CAST(band_id AS TEXT), count FROM session_band_counts WHERE session_id = NEW.id) GROUP BY key))
  FROM (SELECT count(*) AS counted, coalesce(sum(total), 0) AS t, coalesce(sum(new_visitors), 0) AS nv,
    coalesce(sum(volunteers_present), 0) AS vp FROM session_counts WHERE session_id = NEW.id) AS n
  WHERE NEW.cancelled = 0 AND month = substr(NEW.date, 1, 7) AND activity_id = NEW.activity_id;
END;
-- A deleted session's count rows go first, while the session still says which month they leave.
CREATE TRIGGER sessions_gone BEFORE DELETE ON sessions BEGIN
  DELETE FROM session_band_counts WHERE session_id = OLD.id;
  DELETE FROM session_counts WHERE session_id = OLD.id;
END;
