-- Schema version 2 → 3: the event and weapon vocabularies are the extractor's own.
-- Removes the rows no stored figure could match: the extractor writes 'hit' for struck, 'intercepted' for
-- shot down, 'killed' for died, 'injured' for wounded, 'kidnapped' for abducted, and counts single nouns
-- ('missile', not 'ballistic missile'). No stored figure changes, so no reindex is needed.

DELETE FROM strike_events WHERE event IN ('struck', 'carried out', 'dropped', 'shot down', 'missed');
DELETE FROM casualty_events WHERE event IN ('died', 'wounded', 'abducted');
DELETE FROM weapon_units WHERE unit IN ('ballistic missile', 'cruise missile', 'barrel bomb', 'air strike', 'air raid');
