plugins {
    alias(libs.plugins.spring.boot)
    alias(libs.plugins.kotlin.jvm)
    alias(libs.plugins.kotlin.spring)
}

group = "nl.gemeente"
version = "1.3.0"

dependencies {
    implementation(platform(libs.spring.boot.bom))
    implementation(libs.spring.boot.starter.web)
    implementation(libs.jackson.kotlin)
    implementation(libs.kotlin.reflect)
    implementation(libs.azure.identity)
    runtimeOnly(libs.postgresql)
    testImplementation(libs.spring.boot.starter.test)
}

dependencyLocking {
    lockAllConfigurations()
}
