package hotseat.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that a scenario file may write either as one string (read by its static
 * {@code parse(String)}) or as a map of its fields, like {@link CustomerLine}. Other types with a
 * {@code parse(String)}, like {@link Threshold}, are written as text only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TextOrMap {}
