package dev.contentlint.style;

import java.util.List;

/**
 * The logic of one Vale extension point, made from one rule file with its patterns compiled.
 * Shared by the checking threads, so it holds nothing mutable.
 */
public interface Check {

    List<Alert> check(ScopedText text);
}
