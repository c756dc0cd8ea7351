-- Issue 19: the Tellingen screen brings only its own range in line with the bookings. From a booking that
-- starts in the range to the activities it is linked to, directly or through its series, by index instead of
-- looping over every activity and every linked booking of all history.
CREATE INDEX activity_links_booking ON activity_links(booking_id) WHERE booking_id IS NOT NULL;
CREATE INDEX activity_links_series ON activity_links(series_id) WHERE series_id IS NOT NULL;
