package org.amparo.server.dispatch;

/**
 * Published after administrative areas were imported and committed, so that what is derived from them (the
 * province directory) is rebuilt.
 *
 * @param level the administrative level imported (1: provinces)
 * @param count how many areas the import held
 */
public record AreasImported(int level, int count) {}
