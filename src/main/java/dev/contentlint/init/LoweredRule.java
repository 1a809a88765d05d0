package dev.contentlint.init;

/**
 * A rule that reports errors on the tree as it is, lowered to {@code warning} by init so that the
 * tree validates clean.
 *
 * @param rule the rule id
 * @param findings how many errors it reports today
 * @param files in how many files
 * @param first where the first one is: {@code path:line:column}
 */
public record LoweredRule(String rule, int findings, int files, String first) {}
