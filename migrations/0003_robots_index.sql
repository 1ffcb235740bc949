-- Finding the latest robots.txt per host at start-up (the fetcher reuses
-- answers younger than 24 h instead of asking every host again after a
-- restart) reads captures by purpose.
CREATE INDEX captures_purpose ON captures(purpose, fetched_at);
