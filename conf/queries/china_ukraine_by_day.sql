-- China's stated position on the Ukraine conflict (topic ukraine-war), by UTC publication day.
-- One row per day and position: how many statements (sentences where China is the speaker and a
-- position was recognised), in how many articles, unique stories (syndicated copies counted once)
-- and sources, how confident the classifier was, and the position's share of China's statements
-- that day. Portable: runs unchanged in Spark SQL, Trino and DuckDB (tables named as in conf/ddl).
SELECT
  published_date,
  position,
  polarity,
  statements,
  articles,
  unique_stories,
  sources,
  ROUND(mean_confidence, 3) AS mean_confidence,
  ROUND(CAST(statements AS DOUBLE) / SUM(statements) OVER (PARTITION BY published_date), 3) AS share_of_day
FROM stance_daily
WHERE country = 'CHN'
  AND topic = 'ukraine-war'
ORDER BY published_date, position;
