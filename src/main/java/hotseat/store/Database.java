package hotseat.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where runs are kept: a SQLite file (the default, {@code $XDG_DATA_HOME/hotseat/hotseat.db}) or
 * a PostgreSQL database named by a URL. {@link #shown()} is the form for people and never holds a
 * password; the password travels only in {@link #password()}, to the driver.
 *
 * @param kind     which database
 * @param jdbcUrl  the driver's URL, without the user and password
 * @param user     the user name, or null
 * @param password the password, or null
 * @param shown    how messages name it: the file's path, or the URL without its password
 */
public record Database(Kind kind, String jdbcUrl, String user, String password, String shown) {

    public enum Kind { SQLITE, POSTGRESQL }

    /** What --db, HOTSEAT_DB and config.yaml's db: accept, for messages. */
    public static final String ACCEPTED = "a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE) or the path of a SQLite file";

    private static final Pattern SECRET_PARAM = Pattern.compile("(?i)(password|sslpassword)=[^&]*");

    @Override
    public String toString() {
        return shown;
    }

    /** A SQLite database in this file. */
    public static Database sqlite(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new Database(Kind.SQLITE, "jdbc:sqlite:" + abs, null, null, abs.toString());
    }

    /** The default database: hotseat.db in Hotseat's data folder. */
    public static Database defaultFor(Path dataHome) {
        return sqlite(dataHome.resolve("hotseat.db"));
    }

    /**
     * Reads a database as people write it: {@code postgresql://…} or {@code postgres://…} (as libpq
     * and most hosting services give it), {@code jdbc:postgresql://…}, {@code sqlite:PATH},
     * {@code jdbc:sqlite:PATH}, or a plain path to a SQLite file.
     *
     * @param from where the text came from, for messages ("--db", "HOTSEAT_DB", a config file)
     * @throws StoreException naming what is wrong, without the password
     */
    public static Database parse(String text, String from) throws StoreException {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new StoreException(from + " is empty — give " + ACCEPTED);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqliteAt(value.substring("jdbc:sqlite:".length()), from);
        }
        if (lower.startsWith("sqlite:")) {
            String rest = value.substring("sqlite:".length());
            return sqliteAt(rest.startsWith("//") ? rest.substring(2) : rest, from);
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return jdbcPostgres(value, from);
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return postgres(value, from);
        }
        Matcher scheme = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):").matcher(value);
        if (value.contains("://") || lower.startsWith("jdbc:")) {
            String name = scheme.find() ? scheme.group(1) : value;
            throw new StoreException(from + ": \"" + name + "\" databases are not supported — give " + ACCEPTED);
        }
        return sqliteAt(value, from);
    }

    private static Database sqliteAt(String path, String from) throws StoreException {
        if (path.isBlank() || path.equals(":memory:") || path.startsWith("file::memory")) {
            throw new StoreException(from + ": a SQLite database needs a file (runs must outlive the program) — give the path of one, such as runs.db");
        }
        try {
            return sqlite(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            throw new StoreException(from + ": \"" + path + "\" is not a usable file path — give " + ACCEPTED);
        }
    }

    private static Database postgres(String url, String from) throws StoreException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new StoreException(from + ": " + redact(url) + " is not a valid URL (" + e.getReason()
                    + ") — write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password %-encoded");
        }
        String host = uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String dbName = path.startsWith("/") ? path.substring(1) : path;
        if (host == null || host.isEmpty()) {
            throw new StoreException(from + ": " + redact(url) + " names no host — write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
        }
        if (dbName.isEmpty() || dbName.contains("/")) {
            throw new StoreException(from + ": " + redact(url) + " names no database — add it after the host: postgresql://HOST:PORT/DATABASE");
        }
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        int port = uri.getPort();
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String query = uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + hostPart + (port > 0 ? ":" + port : "") + "/" + dbName
                + (query == null || query.isEmpty() ? "" : "?" + query);
        String shown = "postgresql://" + (user == null ? "" : user + (password == null ? "" : ":***") + "@") + hostPart
                + (port > 0 ? ":" + port : "") + "/" + decode(dbName) + (query == null || query.isEmpty() ? "" : "?" + redactParams(query));
        return new Database(Kind.POSTGRESQL, jdbc, user, password, shown);
    }

    private static Database jdbcPostgres(String url, String from) throws StoreException {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql://")) {
            throw new StoreException(from + ": " + redact(url) + " names no host — write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
        }
        return new Database(Kind.POSTGRESQL, url, null, null, redact(url));
    }

    /** A URL with any password in it replaced by ***, for messages. */
    static String redact(String url) {
        String out = url.replaceAll("(?i)^([a-z][a-z0-9+.:-]*://[^/@:]*):[^@/]*@", "$1:***@");
        return redactParams(out);
    }

    private static String redactParams(String s) {
        return SECRET_PARAM.matcher(s).replaceAll("$1=***");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The driver's properties: user and password (when given) and short time-outs, so a wrong host fails in seconds. */
    Properties properties() {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        if (kind == Kind.POSTGRESQL) {
            p.setProperty("connectTimeout", "5");
            p.setProperty("loginTimeout", "10");
            p.setProperty("ApplicationName", "hotseat");
        }
        return p;
    }
}
