-- Accounts, their sessions (kept here so any server instance accepts them) and the audit of
-- sign-ins and administrative actions.
create table accounts (
  id uuid primary key default gen_random_uuid(),
  email text not null unique, -- stored trimmed and in lower case
  name text not null,
  role text not null check (role in ('planificacion', 'secretaria', 'consulta')),
  password_hash text not null,
  created_at timestamptz not null default now()
);

create table sessions (
  token_hash text primary key, -- SHA-256 of the cookie's token: a copy of this table opens no session
  account_id uuid not null references accounts (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_account on sessions (account_id);

create table audit (
  id bigserial primary key,
  at timestamptz not null default now(),
  action text not null,
  success boolean not null,
  actor_id uuid references accounts (id), -- who acted; null when nobody was signed in
  email text, -- the account concerned: the one signing in, created or reset
  address text not null,
  detail jsonb not null default '{}'
);
create index audit_sign_in_email on audit (email, at) where action = 'sign-in';
create index audit_sign_in_address on audit (address, at) where action = 'sign-in';
