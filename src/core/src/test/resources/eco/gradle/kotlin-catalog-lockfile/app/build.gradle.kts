plugins {
    alias(libs.plugins.spring.boot)
    alias(libs.plugins.kotlin.jvm)
    id("com.diffplug.spotless") version "6.25.0"
}

dependencies {
    implementation(platform(libs.spring.boot.bom))
    implementation(libs.spring.boot.starter.web)
    implementation(libs.jackson.kotlin)
    implementation(libs.azure.blob)
    implementation("com.fasterxml.jackson.core:jackson-databind:${libs.versions.jackson.get()}")
    // implementation("com.example:commented-out:1.0") must not count
    /* testImplementation("com.example:also-commented:1.0") */
    testImplementation(libs.bundles.testing)
    implementation(project(":shared"))
}

dependencyLocking {
    lockAllConfigurations()
}
