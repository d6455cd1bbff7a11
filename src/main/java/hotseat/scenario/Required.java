package hotseat.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field a scenario file must write. The loader reports a missing one, and the JSON
 * Schema lists it as required (a test keeps the two in agreement). Fields without it may be left
 * out; primitives ({@code int}) are always required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {}
