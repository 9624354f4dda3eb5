-- The sentences behind China's ukraine-war positions (the click from a daily bar to its evidence).
-- Each stance_daily row keeps its most confident sentences in `evidence`, an array of
-- (article_id, sentence_index); unnest it and join to mentions (same day partition) for the text.
-- A drill-through adds the clicked bar's filters, e.g. AND s.published_date = DATE '2023-01-05'
-- AND s.position = 'calls_for_peace' inside the first CTE.
-- Dialects: this is DuckDB. Spark SQL: write explode(s.evidence) instead of UNNEST(s.evidence).
-- Trino: FROM stance_daily s CROSS JOIN UNNEST(s.evidence) AS e (article_id, sentence_index),
-- then e.article_id / e.sentence_index instead of ev.e.article_id / ev.e.sentence_index.
WITH evidence AS (
  SELECT s.published_date, s.country, s.topic, s.position, UNNEST(s.evidence) AS e
  FROM stance_daily s
  WHERE s.country = 'CHN'
    AND s.topic = 'ukraine-war'
),
sentences AS (
  SELECT DISTINCT published_date, article_id, sentence_index, source, sentence
  FROM mentions
)
SELECT
  ev.published_date,
  ev.position,
  ev.e.article_id AS article_id,
  ev.e.sentence_index AS sentence_index,
  m.source,
  m.sentence
FROM evidence ev
JOIN sentences m
  ON m.published_date = ev.published_date
 AND m.article_id = ev.e.article_id
 AND m.sentence_index = ev.e.sentence_index
ORDER BY ev.published_date, ev.position, article_id, sentence_index;
