rootProject.name = "vergunningen"

dependencyResolutionManagement {
    repositories {
        mavenCentral()
        maven { url = uri("https://nexus.gemeente.nl/repository/maven-public/") }
    }
}

include("app")
