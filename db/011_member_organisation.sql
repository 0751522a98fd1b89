-- hubdesk schema, level 11: organisations found by index.
--
-- The organisation key a new or edited member takes from another member of
-- the same organisation (store-member.c, MEMBER_ORG_KEY_OF) was looked for
-- by reading every member: adding members one after another, as
-- `member import` does, grew with the square of their number (16,000 rows
-- took 7.5 s). Only members who hold a key are ever looked for, so the
-- index holds only them.
CREATE INDEX member_org_key_by_organisation ON member (organisation)
    WHERE org_key IS NOT NULL;
