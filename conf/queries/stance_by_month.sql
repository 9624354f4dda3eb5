-- Each country's stated positions by calendar month (UTC), per topic: how many statements it made for
-- each position, in how many unique stories (syndicated copies counted once) and sources over the whole
-- month, and the position's share of the country's statements on that topic that month. Read from the
-- mentions fact table, so the distinct counts are exact over the month (summing stance_daily's daily
-- counts would count a story or source once per day). Change 'CHN' / 'ukraine-war' or drop the filter.
-- Portable: runs unchanged in Spark SQL, Trino and DuckDB (tables named as in conf/ddl).
SELECT
  country,
  topic,
  year(published_date) * 100 + month(published_date) AS month,
  position,
  COUNT(*) AS statements,
  COUNT(DISTINCT story_id) AS unique_stories,
  COUNT(DISTINCT source) AS sources,
  ROUND(CAST(COUNT(*) AS DOUBLE)
    / SUM(COUNT(*)) OVER (PARTITION BY country, topic, year(published_date) * 100 + month(published_date)), 3)
    AS share_of_month
FROM mentions
WHERE position IS NOT NULL
  AND country = 'CHN'
  AND topic = 'ukraine-war'
GROUP BY country, topic, year(published_date) * 100 + month(published_date), position
ORDER BY country, topic, month, position;
