/**
 * Mechanism shared by the manifest and lockfile detectors: canonical purls ({@code PurlFactory}),
 * bounded reading ({@code SafeFiles}), lines of entries ({@code LineLocator}, {@code TextLines},
 * {@code TomlPackageLines}), problems with file and line ({@code LockfileProblems}), the graph every
 * lockfile reader fills ({@code GraphBuilder}, {@code ScopeResolver}) and the declared-only marking
 * ({@code DeclaredOnly}).
 */
package nl.autonomy.core.detect.support;
