package hotseat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import hotseat.load.LoadFailure;
import hotseat.load.SafeYamlReader;
import hotseat.load.YamlNode;
import hotseat.scenario.Spelling;

/**
 * Which database a command uses, in this order: {@code --db}, the {@code HOTSEAT_DB} environment
 * variable, {@code db:} in {@code $XDG_CONFIG_HOME/hotseat/config.yaml}, else the SQLite file
 * {@code $XDG_DATA_HOME/hotseat/hotseat.db}.
 *
 * @param database    the database
 * @param isDefault   true when nothing named one (the default SQLite file)
 */
public record StoreChoice(Database database, boolean isDefault) {

    /** The settings config.yaml may hold. */
    private static final List<String> SETTINGS = List.of("db");

    public static StoreChoice resolve(String option, Map<String, String> env) throws StoreException {
        if (option != null) {
            return new StoreChoice(Database.parse(option, "--db"), false);
        }
        String fromEnv = env.get("HOTSEAT_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new StoreChoice(Database.parse(fromEnv, "HOTSEAT_DB"), false);
        }
        Path config = configFile(env);
        String fromConfig = readDbSetting(config);
        if (fromConfig != null) {
            return new StoreChoice(Database.parse(fromConfig, config + " (db:)"), false);
        }
        return new StoreChoice(Database.defaultFor(RunFiles.dataHome(env)), true);
    }

    /** $XDG_CONFIG_HOME/hotseat/config.yaml, or ~/.config/hotseat/config.yaml. */
    public static Path configFile(Map<String, String> env) {
        String config = env.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute()
                ? Path.of(config)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("hotseat").resolve("config.yaml");
    }

    /** The db: setting of a config file; null when the file or the setting is absent. */
    static String readDbSetting(Path file) throws StoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the config file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        YamlNode root;
        try {
            root = new SafeYamlReader().parse(file.toString(), bytes);
        } catch (LoadFailure e) {
            throw new StoreException(e.diagnostics().get(0).format() + " (in the config file)");
        }
        if (root == null || root instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (!(root instanceof YamlNode.Mapping map)) {
            throw new StoreException(file + ":1:1: error: the config file must be settings such as \"db: postgresql://HOST/DATABASE\"");
        }
        for (YamlNode.Entry e : map.entries()) {
            if (!SETTINGS.contains(e.key())) {
                throw new StoreException(file + ":" + e.keyLocation() + ": error: unknown setting \"" + e.key() + "\" — "
                        + Spelling.closest(e.key(), SETTINGS).map(s -> "did you mean \"" + s + "\"?")
                        .orElse("the settings are: " + String.join(", ", SETTINGS)));
            }
        }
        YamlNode.Entry db = map.get("db");
        if (db == null || db.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (!(db.value() instanceof YamlNode.Scalar s)) {
            throw new StoreException(file + ":" + db.value().location() + ": error: db: takes one value — " + Database.ACCEPTED);
        }
        return s.text();
    }
}
