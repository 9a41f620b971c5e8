-- The one statement of "the current contract of a supply point": its latest-starting ELECTRICITY
-- contract (the higher id breaks a tie of start dates, so there is at most one per supply point).
-- Owned by the contract package (contract.CurrentContract); the tariff poll, the connections page,
-- reminders and the billing sync read this view instead of restating the rule.
-- The NOT EXISTS form is portable SQL; PostgreSQL and H2 plan it as an anti-join on
-- ix_contract_supply_point, so a reader joining it by supply_point_id stays one indexed query.
CREATE VIEW current_contract AS
SELECT c.id, c.supply_point_id, c.commodity, c.start_date, c.end_date, c.term_type, c.status
FROM contract c
WHERE c.commodity = 'ELECTRICITY'
  AND NOT EXISTS (
      SELECT 1 FROM contract later
      WHERE later.supply_point_id = c.supply_point_id
        AND later.commodity = 'ELECTRICITY'
        AND (later.start_date > c.start_date
             OR (later.start_date = c.start_date AND later.id > c.id)));
