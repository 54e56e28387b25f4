-- The organisation's units (secretarías): planning names them; every `secretaria` account belongs to
-- one (the API and the admin command require it; accounts made before units existed have none).
-- name_key is the name as compared (lower case, the app computes it), so two units never differ by case alone.
create table units (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  name_key text not null unique,
  created_at timestamptz not null default now()
);

alter table accounts add column unit_id uuid references units (id);
create index accounts_unit on accounts (unit_id);
