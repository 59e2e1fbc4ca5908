package nl.autonomy.maven;

import org.eclipse.aether.artifact.Artifact;

/** Looks up the license and organization a dependency's POM declares. */
@FunctionalInterface
interface PomMetadataSource {

  PomMetadataSource NONE = artifact -> PomMetadata.NONE;

  /** Never throws: a POM that cannot be read gives {@link PomMetadata#NONE}. */
  PomMetadata of(Artifact artifact);
}
