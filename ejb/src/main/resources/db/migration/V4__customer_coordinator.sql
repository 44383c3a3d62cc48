-- The customer's coordinator: the person on the customer's side who speaks for the agreements.
ALTER TABLE organisation ADD COLUMN coordinator_name VARCHAR(200);
ALTER TABLE organisation ADD COLUMN coordinator_email VARCHAR(320);
ALTER TABLE organisation ADD COLUMN coordinator_phone VARCHAR(50);
