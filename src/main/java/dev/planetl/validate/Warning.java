package dev.planetl.validate;

/** Constraint group: a violation loads the value with a warning finding for a data steward. */
public interface Warning {
}
