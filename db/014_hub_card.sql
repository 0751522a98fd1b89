-- hubdesk schema, level 14: the hub's public card. An address and a contact
-- e-mail the hub may give (`hubdesk hub edit`) for the network's directory
-- of hubs (docs/network.md); the monthly dump carries them only when set.
-- They are the hub's, never a person's.
ALTER TABLE hub ADD COLUMN address TEXT
    CHECK (address IS NULL OR length(address) BETWEEN 1 AND 200);
ALTER TABLE hub ADD COLUMN email TEXT
    CHECK (email IS NULL OR (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%.__%'));

-- The audit of a change of the hub now also says when the address or the
-- e-mail changed (level 10's trigger, db/010_municipalities.sql): the
-- address as its values (it is the hub's street), the e-mail by its name
-- only, as the audit log holds no e-mail address (docs/privacy.md).
DROP TRIGGER audit_hub_update;
CREATE TRIGGER audit_hub_update AFTER UPDATE ON hub
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hub.change', NEW.uuid, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json_array(o, n)) AS detail FROM (
              SELECT 'name' AS k, OLD.name AS o, NEW.name AS n
              UNION ALL SELECT 'municipality',
                     (SELECT name_fi FROM municipality WHERE number = OLD.municipality_number),
                     (SELECT name_fi FROM municipality WHERE number = NEW.municipality_number)
              UNION ALL SELECT 'region', OLD.region, NEW.region
              UNION ALL SELECT 'timezone', OLD.timezone, NEW.timezone
              UNION ALL SELECT 'address', OLD.address, NEW.address
              UNION ALL SELECT 'email', '…', '…' WHERE OLD.email IS NOT NEW.email)
          WHERE o IS NOT n OR k = 'email') AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;
