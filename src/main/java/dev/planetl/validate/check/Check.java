package dev.planetl.validate.check;

import java.util.List;

/** One family of cross-checks. Implementations are stateless and thread-safe. */
public interface Check {

    /** @return one evaluation per scope the document prints figures for, never null */
    List<Evaluation> evaluate(CheckInput input);
}
