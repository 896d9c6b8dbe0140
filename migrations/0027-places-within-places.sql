-- Schema version 26 → 27: one incident is no longer cut into two rows of casualties and strikes when (1) a
-- toll at a place is given again at a place whose own sentence names it as lying in the first ('Jets kill 58
-- in Marlow' over 'killed 58 in the town of Ashby in Marlow province', 'Ashby near Marlow', 'the Marlow
-- district of Ashby'; not 'near the Marlow border', nor when the coarser is a country) in the same
-- paragraph or the next, for a number above one and with neither sentence telling of another incident
-- ('separate', 'another', 'elsewhere', 'meanwhile'), on the same day or with the first's day only its
-- article's: the finer place's stands; (2) a toll with no place at all is given again, on the same
-- day, with a place only an earlier sentence names; (3) a headline's number restates a total over a
-- stretch of time ('Clashes kill 70 in Marlow' over '70 killed in 24 hours of fighting'): no incident of the
-- headline's day. incident_keys changes; the stored keys are worked out again here.

DROP VIEW incident_keys;

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
          -- (a total over a stretch too: 'Clashes kill 70 in Marlow' over '70 killed in 24 hours of fighting'
          -- is the total's headline, no incident of the headline's day)
          AND o.kind = 'count'
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
          -- (a number with no place at all beside one on the same day whose place an earlier sentence
          -- names: 'killed 31 in shelling on Saturday' … 'He said 31 were killed', where the sentence
          -- before named Marlow)
          AND o.kind = 'count' AND (o.site IS NOT NULL
                                    OR (f.earlier_site IS NULL AND o.earlier_site IS NOT NULL AND o.period_total = 0
                                        AND o.relative_date IS NULL AND f.relative_date IS NULL
                                        AND coalesce(o.date, substr(a.published, 1, 10))
                                                IS coalesce(f.date, substr(a.published, 1, 10))))
          AND op.position <> 0
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
  -- a number at a place beside the same number at a place that the other's own sentence names as lying in
  -- it: 'Jets kill 58 in Marlow' over 'killed 58 in the town of Ashby in Marlow province' (or 'Ashby near
  -- Marlow', 'the Marlow district of Ashby', 'Marlow's Ashby'): the finer place's number stands, on the
  -- same day (or the coarser one's day is only its article's)
  AND NOT (coalesce(f.site, f.earlier_site) IS NOT NULL AND EXISTS (
        SELECT 1 FROM (
            SELECT o.site AS fine,
                   lower(substr(op.text, o.sentence_start + 1, o.sentence_end - o.sentence_start)) AS said,
                   lower(coalesce(f.site, f.earlier_site)) AS coarse,
                   lower(substr(p.text, f.sentence_start + 1, f.sentence_end - f.sentence_start)) AS first_said
            FROM figures o
            JOIN paragraphs op ON op.id = o.paragraph_id
            LEFT JOIN people_classes fc ON fc.unit = f.unit
            LEFT JOIN people_classes oc ON oc.unit = o.unit
            WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
              AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL AND o.site IS NOT NULL
              AND o.relative_date IS NULL
              AND op.position <> 0 AND o.end_offset > coalesce((SELECT h.copy_end FROM headline_copies h WHERE h.paragraph_id = o.paragraph_id), 0)
              AND lower(o.site) <> lower(coalesce(f.site, f.earlier_site))
              -- (a number above one, told in the same paragraph or the next, at a coarser place that is no
              -- country: a country's towns are the gazetteer's to tell)
              AND f.value > 1 AND o.paragraph_id BETWEEN f.paragraph_id - 1 AND f.paragraph_id + 1
              AND NOT EXISTS (SELECT 1 FROM place_locations l
                              WHERE l.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                AND l.kind = 'country')
              AND o.site_entity_id IS NOT coalesce(f.site_entity_id, f.earlier_site_entity_id)
              AND (coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                   OR (f.date IS NULL AND f.relative_date IS NULL))
              AND (o.unit = f.unit
                   OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                                AND 'anyone' IN (fc.class, oc.class)))
                       AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                       AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))) AS pair
        WHERE instr(pair.said, lower(pair.fine)) > 0 AND instr(pair.said, pair.coarse) > 0
          -- (neither sentence tells of another incident: 'In a separate incident', 'another', 'elsewhere',
          -- 'meanwhile')
          AND pair.said NOT LIKE '%separate%' AND pair.said NOT LIKE '%another%'
          AND pair.said NOT LIKE '%elsewhere%' AND pair.said NOT LIKE '%meanwhile%'
          AND pair.first_said NOT LIKE '%separate%' AND pair.first_said NOT LIKE '%another%'
          AND pair.first_said NOT LIKE '%elsewhere%' AND pair.first_said NOT LIKE '%meanwhile%'
          AND (
            -- the finer place first, the coarser a few words on after 'in', 'near', 'outside' or 'of' (not
            -- 'near the Marlow border', which is outside it)
            (SELECT instr(after, pair.coarse) BETWEEN 1 AND 30
                    AND substr(after, instr(after, pair.coarse) + length(pair.coarse), 7) <> ' border'
                    AND substr(after, 1, instr(after, pair.coarse) - 1) NOT GLOB '*[0-9;:]*'
                    AND ' ' || substr(after, 1, instr(after, pair.coarse) - 1) NOT LIKE '% and %'
                    AND (' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% in %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% near %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% outside %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% of %')
             FROM (SELECT substr(pair.said, instr(pair.said, lower(pair.fine)) + length(pair.fine), 60) AS after))
            -- the coarser place first, then 'district of', 'neighbourhood of' or a possessive before the finer
            OR (SELECT instr(pair.said, pair.coarse) < instr(pair.said, lower(pair.fine))
                       AND (between_words IN ('''s ', 's ', '’s ')
                            OR (length(between_words) <= 25 AND between_words LIKE '% of '
                                AND between_words NOT GLOB '*[0-9;:,]*'
                                AND ' ' || between_words NOT LIKE '% and %'))
                FROM (SELECT substr(pair.said, instr(pair.said, pair.coarse) + length(pair.coarse),
                                    instr(pair.said, lower(pair.fine)) - instr(pair.said, pair.coarse)
                                        - length(pair.coarse)) AS between_words)))))
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
