-- Whose turn each meta is (its unit and review status) is folded from the report's assign and review
-- records; every push is checked against it. turn_version is the version of the report's latest such
-- record, raised in the push statement under the report's row lock: a push checked against an older
-- turn stores nothing and is checked again (so a push racing an assignment never slips past it).
alter table reports add column turn_version bigint not null default 0;
create index records_turn on records (report, version) where kind in ('assign', 'review');
