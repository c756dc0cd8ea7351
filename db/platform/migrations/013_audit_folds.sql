-- Taps on the tally counter fold into one row of the audit log (system/audit.ts): an entry of a folded method
-- joins the group of the previous entry with the same method, person and record when that one is at most
-- FOLD_GAP_MINUTES (10) older. Worked out once, when the entry is written, instead of over the whole log on every
-- page (issue 19: a window over 400,000 entries took seconds). `group_head` is the group's first entry; `shown`
-- is 1 for the entry the list shows: every entry of another method, and the newest of each group.
ALTER TABLE audit_log ADD COLUMN shown INTEGER NOT NULL DEFAULT 1 CHECK (shown IN (0, 1));
ALTER TABLE audit_log ADD COLUMN group_head INTEGER;

WITH marked AS (
  SELECT id, CASE WHEN (julianday(at) - julianday(lag(at) OVER w)) * 1440 <= 10 THEN 0 ELSE 1 END AS starts,
    lead(at) OVER w AS next_at
  FROM audit_log WHERE method IN ('attendance.tally')
  WINDOW w AS (PARTITION BY method, user_id, user_name, entity, entity_id ORDER BY at, id)),
grouped AS (
  SELECT id, next_at, sum(starts) OVER (PARTITION BY a.method, a.user_id, a.user_name, a.entity, a.entity_id ORDER BY a.at, a.id
    ROWS UNBOUNDED PRECEDING) AS grp, a.method, a.user_id, a.user_name, a.entity, a.entity_id, a.at
  FROM marked JOIN audit_log a USING (id)),
heads AS (
  SELECT id, min(id) OVER (PARTITION BY method, user_id, user_name, entity, entity_id, grp) AS head,
    next_at IS NOT NULL AND (julianday(next_at) - julianday(at)) * 1440 <= 10 AS folded_on
  FROM grouped)
UPDATE audit_log SET group_head = heads.head, shown = NOT heads.folded_on FROM heads WHERE audit_log.id = heads.id;

CREATE INDEX audit_log_shown ON audit_log(at, id) WHERE shown = 1;
CREATE INDEX audit_log_shown_entity ON audit_log(entity, at, id) WHERE shown = 1;
CREATE INDEX audit_log_group ON audit_log(group_head) WHERE group_head IS NOT NULL;

CREATE TRIGGER audit_log_fold AFTER INSERT ON audit_log WHEN NEW.method IN ('attendance.tally') BEGIN
  UPDATE audit_log SET group_head = coalesce((
    SELECT p.group_head FROM audit_log p
    WHERE p.entity = NEW.entity AND p.entity_id IS NEW.entity_id AND p.method = NEW.method AND p.user_id IS NEW.user_id
      AND p.user_name = NEW.user_name AND p.id <> NEW.id AND p.shown = 1 AND (julianday(NEW.at) - julianday(p.at)) * 1440 <= 10
    ORDER BY p.at DESC, p.id DESC LIMIT 1), NEW.id)
  WHERE id = NEW.id;
  UPDATE audit_log SET shown = 0
  WHERE group_head = (SELECT group_head FROM audit_log WHERE id = NEW.id) AND id <> NEW.id AND shown = 1;
END;
