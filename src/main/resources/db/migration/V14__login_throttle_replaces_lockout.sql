-- Failed logins are no longer counted per account in the database: the login throttle (Bucket4j, in memory)
-- slows guessing per client address and per account instead of locking accounts, so nobody can lock
-- someone else out (issue 9, items 15 and 16).
alter table app_user drop column failed_login_attempts;
alter table app_user drop column locked_until;
