package dev.planetl.validate;

/** Constraint group: a violation rejects the value; it is reported as an error finding and not loaded. */
public interface Fatal {
}
