-- Schema version 24 → 25: one incident is no longer cut into several rows of casualties and strikes when
-- (1) the headline's copy opening the first body paragraph (under a dateline, as many pages print it:
-- headline_copies) counts the same toll as the body in another noun ('Jets kill 5 soldiers' over 'killed
-- five Syrian forces'): the copy is the headline's and its number restates the body's; (2) a toll sited at a
-- country is given again at a place the gazetteer does not know, in the same paragraph or the next ('28
-- killed in northwestern Syria … 28 dead in Marlow', on the same day); (3) 'force', 'trooper' and 'extremist' join the
-- classes of people (people_classes); (4) a toll the text gives as replaced by a later one ('updating an
-- earlier toll of 15', 'rose to 32 from 15': figures.replaced_toll) is no incident beside its article's
-- current toll. incident_keys changes; the stored keys are worked out again here. Figures stored before
-- have replaced_toll 0 until `archive reindex --all` extracts them again.

ALTER TABLE figures ADD COLUMN replaced_toll INTEGER NOT NULL DEFAULT 0 CHECK (replaced_toll IN (0, 1));

DROP TRIGGER figures_incidents_update;
CREATE TRIGGER figures_incidents_update AFTER UPDATE OF article_id, paragraph_id, value, kind, unit, of_value, site,
    event, date, site_entity_id, period_total, earlier_site, earlier_site_entity_id, text, relative_date,
    replaced_toll ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (OLD.article_id, NEW.article_id);
END;

DROP VIEW incident_keys;
DROP VIEW people_classes;

CREATE VIEW people_classes (unit, class) AS VALUES
    ('person', 'anyone'), ('victim', 'anyone'), ('death', 'anyone'),
    ('fighter', 'fighters'), ('militant', 'fighters'), ('rebel', 'fighters'), ('insurgent', 'fighters'),
    ('jihadist', 'fighters'), ('gunman', 'fighters'), ('terrorist', 'fighters'), ('extremist', 'fighters'),
    ('member', 'fighters'),
    ('soldier', 'forces'), ('troop', 'forces'), ('trooper', 'forces'), ('force', 'forces'),
    ('personnel', 'forces'), ('policeman', 'forces'),
    ('police', 'forces'), ('officer', 'forces'), ('guard', 'forces'),
    ('civilian', 'civilians'), ('resident', 'civilians'), ('villager', 'civilians'), ('citizen', 'civilians'),
    ('child', 'children'), ('boy', 'children'), ('girl', 'children'), ('baby', 'children'),
    ('infant', 'children'), ('minor', 'children'),
    ('woman', 'women');

CREATE VIEW headline_copies (paragraph_id, copy_end) AS
SELECT p.id, instr(p.text, a.title) - 1 + length(a.title)
FROM paragraphs p
JOIN articles a ON a.id = p.article_id
WHERE p.position = 1 AND length(a.title) >= 20 AND instr(p.text, a.title) BETWEEN 1 AND 60;

CREATE VIEW incident_keys AS
SELECT f.id AS figure_id,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL THEN '1' ELSE '0' END || char(31)
           || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)')) || char(31)
           || coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END, '') || char(31)
           || CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END || char(31)
           || coalesce(f.unit, '')
           || CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                   THEN char(31) || printf('%020.3f', coalesce(f.max_value, f.value)) ELSE '' END AS incident_order,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS incident_event,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                 OR coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END) IS NULL
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
  -- a toll the text gives as replaced (figures.replaced_toll: 'updating an earlier toll of 15', 'rose to
  -- 32 from 15'), when its article gives another count of the same event that is not: the earlier report
  -- of the incident the current toll stands for
  AND NOT (f.replaced_toll = 1 AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.id <> f.id
          AND o.kind = 'count' AND o.replaced_toll = 0 AND o.period_total = 0))
  -- each case its own look-up by article, event and number (figures_article), so that an article with
  -- many figures is not read whole for each of them
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.value = f.of_value AND o.id <> f.id
          -- (a part executed is a part of a toll of killed: `37 killed, 30 of them executed`)
          AND o.event IN (f.event, CASE f.event WHEN 'executed' THEN 'killed' END)
          AND o.kind = 'count' AND o.paragraph_id = f.paragraph_id
          AND (coalesce(f.site, f.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))))
  -- a headline number the body gives again; so is a number inside the headline's copy that opens the
  -- first body paragraph, after a dateline or at its very start ('Tue 12 May 2020 Jets kill 12 in
  -- Marlow. Jets killed 12 people …', as many pages print it), with the body what follows the copy
  -- (the copy is looked up by paragraph, so that storing one article reads only its own paragraphs)
  AND NOT ((p.position = 0
            OR f.end_offset <= coalesce((SELECT h.copy_end FROM headline_copies h
                                         WHERE h.paragraph_id = f.paragraph_id), 0)) AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.period_total = 0
          AND (o.paragraph_id <> f.paragraph_id AND op.position <> 0          -- another paragraph of the body
               OR o.paragraph_id = f.paragraph_id                                   -- after the copy
                  AND o.start_offset >= (SELECT h.copy_end FROM headline_copies h
                                         WHERE h.paragraph_id = f.paragraph_id))
          -- (a copy naming a place restates only a number at that place: the body's number with none
          -- restates the copy's below, and one at another place may be another incident)
          AND (p.position = 0 OR f.site IS NULL OR f.site_entity_id = o.site_entity_id
               OR lower(f.site) = lower(o.site))))
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
  AND NOT (place.kind IS 'country' AND EXISTS (
        SELECT 1 FROM figures o
        -- (the other number's own site: one with only an earlier sentence's place gives way itself to a
        -- number with a site, below, and the two would leave no row)
        JOIN entities oe ON oe.id = o.site_entity_id
        LEFT JOIN place_locations inside ON inside.entity_id = oe.id
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND op.position <> 0
          -- a place the gazetteer puts in the country, or one it does not know told of in the same
          -- paragraph or the next ('28 killed in northwestern Syria … 28 dead in Marlow')
          AND ((inside.kind <> 'country' AND inside.country_code = place.country_code)
               OR (inside.entity_id IS NULL AND oe.kind = 'place'
                   AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                   AND o.paragraph_id BETWEEN f.paragraph_id - 1 AND f.paragraph_id + 1))
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
          AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL
          -- (not the headline or its copy, which the body's number restates)
          AND op.position <> 0 AND o.end_offset > coalesce((SELECT h.copy_end FROM headline_copies h WHERE h.paragraph_id = o.paragraph_id), 0)
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
                   -- … else the one whose clause dates it against another moment ('hours later'): the
                   -- other's publication day is no day of its own
                   WHEN f.date IS NULL AND (f.relative_date IS NULL) <> (o.relative_date IS NULL)
                   THEN o.relative_date IS NOT NULL
                   WHEN o.unit <> f.unit
                   THEN (fc.class = 'anyone' AND oc.class <> 'anyone')
                        OR ((fc.class = 'anyone') = (oc.class = 'anyone')
                            AND (op.position < p.position
                                 OR (op.position = p.position AND o.start_offset < f.start_offset)))
                   ELSE 0 END);

UPDATE figures SET (incident_order, incident_event, incident_article) =
    (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
WHERE kind = 'count' AND event IS NOT NULL;
