-- Tone over time of the five countries mentioned most in the period: daily mean sentence tone
-- (-1 negative .. +1 positive) and mention count. Portable: Spark SQL, Trino and DuckDB.
WITH top_countries AS (
  SELECT country, SUM(mentions) AS total_mentions
  FROM country_daily
  GROUP BY country
  ORDER BY total_mentions DESC, country
  LIMIT 5
)
SELECT
  c.published_date,
  c.country,
  c.mentions,
  ROUND(c.tone_mean, 3) AS tone_mean
FROM country_daily c
JOIN top_countries t ON t.country = c.country
ORDER BY c.country, c.published_date;
