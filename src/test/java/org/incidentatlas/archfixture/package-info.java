/**
 * Planted violations of {@link org.incidentatlas.ArchitectureRules}, against which {@code ArchitectureTest} checks
 * that each rule fails. Never used by the application. Every dependency here is written as a fully qualified name
 * inline, without an import, the way one could try to slip past a check that reads import lines.
 */
package org.incidentatlas.archfixture;
