-- The SMTP server an admin configured on the Mail settings page (issue 4). At most one row; while
-- there is none, the spring.mail.* environment applies. The password is never stored in plain text:
-- password_ciphertext is AES-256-GCM, keyed by the deployment's secret key (shared.secrets.SecretCipher).
create table mail_settings (
    id                  int primary key default 1 check (id = 1),
    host                text not null check (length(host) between 1 and 255),
    port                int not null check (port between 1 and 65535),
    security            text not null check (security in ('NONE', 'STARTTLS', 'SSL_TLS')),
    username            text,
    password_ciphertext text,
    sender              text not null,
    updated_at          timestamptz not null default now(),
    updated_by          bigint references user_accounts (id)
);
