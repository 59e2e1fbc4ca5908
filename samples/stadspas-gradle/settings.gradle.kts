rootProject.name = "stadspas"

dependencyResolutionManagement {
    repositories {
        mavenCentral()
    }
}
