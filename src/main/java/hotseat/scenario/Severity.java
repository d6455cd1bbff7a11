package hotseat.scenario;

import java.util.Locale;

/** How bad a problem is: an error stops a scenario from being played, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
