-- The commitments register: each commitment gets an id, and can be marked fulfilled by a later document.
ALTER TABLE commitments ADD COLUMN id BIGSERIAL PRIMARY KEY;
ALTER TABLE commitments ADD COLUMN fulfilled_by TEXT;
ALTER TABLE commitments ADD COLUMN fulfilled_on TEXT;
