package dev.planetl.db;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Who may log in to the embedded server and what they may do: every login by password (scram-sha-256, no
 * trust), the superuser from this machine only, and read-only login roles that are members of read-only roles.
 */
public final class ServerAccess {

    /** The first line of a pg_hba.conf planetl wrote; a data directory without it is secured on start. */
    static final String HBA_MARKER = "# planetl: every login needs its password (scram-sha-256)";

    /** Functions a member of PUBLIC could otherwise call to act on the server rather than read it. */
    private static final List<String> REVOKED_FUNCTIONS = List.of("pg_terminate_backend", "pg_cancel_backend",
            "lo_import", "lo_export", "lo_create", "lo_creat", "lo_from_bytea", "lo_put", "lo_unlink", "lo_open",
            "lo_truncate", "lo_truncate64", "lowrite", "pg_advisory_lock", "pg_advisory_lock_shared",
            "pg_try_advisory_lock", "pg_try_advisory_lock_shared", "pg_advisory_xact_lock",
            "pg_advisory_xact_lock_shared", "pg_try_advisory_xact_lock", "pg_try_advisory_xact_lock_shared",
            "pg_notify");

    /** A remote login {@code planetl db --listen} allows: the analyst, from {@code allow} (a CIDR or samenet). */
    public record RemoteRule(String allow) {
        String hbaLine() {
            return "host    " + EmbeddedServer.DATABASE + "  " + ANALYST + "  " + allow + "  scram-sha-256";
        }
    }

    /** The login analysts use: it can read the documented views only. */
    public static final String ANALYST = "analyst";
    /** The login planetl's own read commands (sql, status, report) use: views and the registry, read-only. */
    public static final String QUERY_LOGIN = "planetl_query";

    private ServerAccess() {
    }

    static String hba(List<RemoteRule> remote) {
        StringBuilder sb = new StringBuilder(HBA_MARKER).append('\n')
                .append("local   all  all                 scram-sha-256\n")
                .append("host    all  all  127.0.0.1/32   scram-sha-256\n")
                .append("host    all  all  ::1/128        scram-sha-256\n");
        for (RemoteRule r : remote) {
            sb.append("# planetl db --listen\n").append(r.hbaLine()).append('\n');
        }
        return sb.toString();
    }

    static boolean secured(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("pg_hba.conf"), StandardCharsets.UTF_8).startsWith(HBA_MARKER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Gives the superuser its password and replaces pg_hba.conf (a data directory of an earlier planetl trusted
     * every local login), then makes the server reload it. The connection is the superuser's.
     */
    static void secure(Connection superuser, String password, Path dataDir, List<RemoteRule> remote)
            throws SQLException, IOException {
        superuser.unwrap(PGConnection.class).alterUserPassword(EmbeddedServer.SUPERUSER, password.toCharArray(),
                "scram-sha-256");
        writeHba(dataDir, remote);
        reload(superuser);
    }

    static void writeHba(Path dataDir, List<RemoteRule> remote) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        Path tmp = dataDir.resolve("pg_hba.conf.new");
        Files.writeString(tmp, hba(remote), StandardCharsets.UTF_8);
        Files.move(tmp, hba, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void reload(Connection superuser) throws SQLException {
        try (var st = superuser.createStatement()) {
            st.execute("select pg_reload_conf()");
        }
    }

    /**
     * What PUBLIC may do in the planetl database, narrowed: no temporary tables, no objects in schema public, no
     * large objects, no advisory locks (an ingest's lock is one), no signalling other sessions.
     */
    static void harden(Connection superuser) throws SQLException {
        try (var st = superuser.createStatement()) {
            st.execute("revoke temporary on database " + EmbeddedServer.DATABASE + " from public");
            st.execute("revoke create on schema public from public");
            StringBuilder names = new StringBuilder();
            for (String f : REVOKED_FUNCTIONS) {
                names.append(names.isEmpty() ? "" : ",").append('\'').append(f).append('\'');
            }
            st.execute("""
                    do $$ declare f regprocedure; begin
                      for f in select p.oid::regprocedure from pg_proc p
                               join pg_namespace n on n.oid = p.pronamespace
                               where n.nspname = 'pg_catalog' and p.proname in (%s) loop
                        execute format('revoke execute on function %%s from public', f);
                      end loop;
                    end $$""".formatted(names));
        }
    }

    /** True when PUBLIC's privileges are as {@link #harden} leaves them (one query, for a server already running). */
    static boolean hardened(Connection superuser) throws SQLException {
        try (var st = superuser.prepareStatement("""
                select not has_database_privilege('public', current_database(), 'TEMPORARY')
                   and not has_schema_privilege('public', 'public', 'CREATE')
                   and not exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                                   where n.nspname = 'pg_catalog' and p.proname = any (?::name[])
                                     and has_function_privilege('public', p.oid, 'EXECUTE'))""")) {
            st.setArray(1, superuser.createArrayOf("text", REVOKED_FUNCTIONS.toArray()));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * True when the login is as {@link #ensureLogin} leaves it (its password aside, which only a login tells): a
     * login, no other attribute, 20 connections, read-only sessions, a member of exactly these roles.
     */
    static boolean loginAsEnsured(Connection superuser, String login, List<String> memberOf) throws SQLException {
        try (var st = superuser.prepareStatement("""
                select r.rolcanlogin and not r.rolsuper and not r.rolcreatedb and not r.rolcreaterole
                       and not r.rolreplication and not r.rolbypassrls and r.rolinherit and r.rolconnlimit = 20
                       and coalesce('default_transaction_read_only=on' = any (r.rolconfig), false)
                       and (select coalesce(array_agg(g.rolname::text order by g.rolname), '{}')
                            from pg_auth_members m join pg_roles g on g.oid = m.roleid
                            where m.member = r.oid) = (select array_agg(x order by x) from unnest(?::text[]) x)
                from pg_roles r where r.rolname = ?""")) {
            st.setArray(1, superuser.createArrayOf("text", memberOf.toArray()));
            st.setString(2, login);
            try (var rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Lets a read-only login read Flyway's schema history, so that a read command can tell on its own connection
     * whether the schema is current ({@link QuickRead}): the history names the migrations and their checksums, no
     * data. Call after the migrations (the table is Flyway's, created by the first).
     */
    static void letReadHistory(Connection superuser, String login) throws SQLException {
        try (var st = superuser.createStatement()) {
            st.execute("grant select on public.flyway_schema_history to " + login);
        }
    }

    /** True when the login may read Flyway's schema history ({@link #letReadHistory}). */
    static boolean readsHistory(Connection c, String login) throws SQLException {
        try (var st = c.prepareStatement("""
                select case when to_regclass('public.flyway_schema_history') is null then false
                            else has_table_privilege(?, 'public.flyway_schema_history', 'SELECT') end""")) {
            st.setString(1, login);
            try (var rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Creates or updates a login role: member of the given read-only roles and nothing else, its sessions
     * read-only by default, its password the given one (sent as a SCRAM verifier, never in clear).
     */
    static void ensureLogin(Connection superuser, String login, String password, List<String> memberOf)
            throws SQLException {
        try (var st = superuser.createStatement()) {
            try (var rs = st.executeQuery("select 1 from pg_roles where rolname = '" + login + "'")) {
                if (!rs.next()) {
                    st.execute("create role " + login + " login");
                }
            }
            st.execute("alter role " + login + " login nosuperuser nocreatedb nocreaterole noreplication "
                    + "nobypassrls inherit connection limit 20");
            st.execute("alter role " + login + " set default_transaction_read_only = on");
            try (var rs = st.executeQuery("""
                    select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid
                    join pg_roles u on u.oid = m.member where u.rolname = '%s'""".formatted(login))) {
                List<String> revoke = new java.util.ArrayList<>();
                while (rs.next()) {
                    if (!memberOf.contains(rs.getString(1))) {
                        revoke.add(rs.getString(1));
                    }
                }
                for (String r : revoke) {
                    st.execute("revoke " + r + " from " + login);
                }
            }
            for (String r : memberOf) {
                st.execute("grant " + r + " to " + login);
            }
        }
        superuser.unwrap(PGConnection.class).alterUserPassword(login, password.toCharArray(), "scram-sha-256");
    }
}
