-- Schema version 19 → 20: one article's toll told twice in other words is one incident. A noun of the
-- same class of people counts as the same noun where incident_keys finds a number given again ('90
-- fighters' beside '90 militants', people_classes), and a number another sentence of the body gives again
-- (at most 25 paragraphs away) at the same site, of the same unit or class of people, on the same day or with no day of its own
-- beside one that has one, is no incident of its own. A number is no longer left out for a headline's
-- number that is itself left out (the body restates it), which hid both; the key reads the figure's text
-- too (a vague 'dozens' ties nothing), so a change of it is followed. Stored figures' incident columns
-- are worked out again.

DROP VIEW incident_keys;

-- The look-up of a number given again reads a range of paragraphs: figures_article ends with paragraph_id.
DROP INDEX figures_article;
CREATE INDEX figures_article ON figures(article_id, event, value, paragraph_id);

CREATE VIEW people_classes (unit, class) AS VALUES
    ('person', 'anyone'), ('victim', 'anyone'), ('death', 'anyone'),
    ('fighter', 'fighters'), ('militant', 'fighters'), ('rebel', 'fighters'), ('insurgent', 'fighters'),
    ('jihadist', 'fighters'), ('gunman', 'fighters'), ('terrorist', 'fighters'), ('member', 'fighters'),
    ('soldier', 'forces'), ('troop', 'forces'), ('personnel', 'forces'), ('policeman', 'forces'),
    ('police', 'forces'), ('officer', 'forces'), ('guard', 'forces'),
    ('civilian', 'civilians'), ('resident', 'civilians'), ('villager', 'civilians'), ('citizen', 'civilians'),
    ('child', 'children'), ('boy', 'children'), ('girl', 'children'), ('baby', 'children'),
    ('infant', 'children'), ('minor', 'children'),
    ('woman', 'women');

CREATE VIEW incident_keys AS
SELECT f.id AS figure_id,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL THEN '1' ELSE '0' END || char(31)
           || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)')) || char(31)
           || coalesce(f.date, substr(a.published, 1, 10), '') || char(31)
           || CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END || char(31)
           || coalesce(f.unit, '')
           || CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                   THEN char(31) || printf('%020.3f', coalesce(f.max_value, f.value)) ELSE '' END AS incident_order,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS incident_event,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                 OR coalesce(f.date, substr(a.published, 1, 10)) IS NULL
            THEN f.article_id END AS incident_article
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
LEFT JOIN place_locations place ON place.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
WHERE f.kind = 'count' AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
  AND f.period_total = 0
  -- each case its own look-up by article, event and number (figures_article), so that an article with
  -- many figures is not read whole for each of them
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.of_value AND o.id <> f.id
          AND o.kind = 'count' AND o.paragraph_id = f.paragraph_id
          AND (coalesce(f.site, f.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))))
  AND NOT (p.position = 0 AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.paragraph_id <> f.paragraph_id))
  AND NOT (f.site IS NULL AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.site IS NOT NULL AND op.position <> 0
          AND (o.unit = f.unit OR f.unit = 'person' OR EXISTS (
                SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                  AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                  AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))))
  AND NOT (place.kind = 'country' AND EXISTS (
        SELECT 1 FROM figures o
        JOIN place_locations inside ON inside.entity_id = coalesce(o.site_entity_id, o.earlier_site_entity_id)
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND inside.kind <> 'country' AND inside.country_code = place.country_code
          AND op.position <> 0
          AND (o.unit = f.unit OR f.unit = 'person' OR EXISTS (
                SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                  AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                  AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))))
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes oc ON oc.unit = o.unit
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL AND op.position <> 0
          AND (o.paragraph_id <> f.paragraph_id OR o.sentence_start <> f.sentence_start)
          -- within 25 paragraphs either way (an article's paragraphs have consecutive ids): a range of
          -- figures_article, so that a long article repeating a number in every paragraph is not read
          -- whole for each of its figures
          AND o.paragraph_id BETWEEN f.paragraph_id - 25 AND f.paragraph_id + 25
          -- another noun of the class, never for a vague plural ('dozens', 'tens', 'scores', 'hundreds',
          -- 'thousands'), which stands for no number in particular
          AND (o.unit = f.unit
               OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                            AND 'anyone' IN (fc.class, oc.class)))
                   AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                   AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))
          AND (coalesce(f.site, f.earlier_site, o.site, o.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site)))
          -- which of the two stands: the one whose own clause gives its day, when their days differ
          AND CASE WHEN coalesce(o.date, substr(a.published, 1, 10)) IS NOT coalesce(f.date, substr(a.published, 1, 10))
                   THEN f.date IS NULL AND o.date IS NOT NULL
                   WHEN o.unit <> f.unit
                   THEN (fc.class = 'anyone' AND oc.class <> 'anyone')
                        OR ((fc.class = 'anyone') = (oc.class = 'anyone')
                            AND (op.position < p.position
                                 OR (op.position = p.position AND o.start_offset < f.start_offset)))
                   ELSE 0 END);

DROP TRIGGER figures_incidents_update;
CREATE TRIGGER figures_incidents_update AFTER UPDATE OF article_id, paragraph_id, value, kind, unit, of_value, site,
    event, date, site_entity_id, period_total, earlier_site, earlier_site_entity_id, text ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (OLD.article_id, NEW.article_id);
END;

UPDATE figures SET (incident_order, incident_event, incident_article) =
    (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
WHERE kind = 'count' AND event IS NOT NULL;
