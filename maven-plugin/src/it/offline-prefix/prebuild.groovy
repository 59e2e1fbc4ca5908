// What installing or deploying a Maven plugin writes next to its group: the prefix "autonomy"
// maps to autonomy-maven-plugin. The invoker's own install goal does not write it.
def group = new File(localRepositoryPath, 'nl/autonomy')
group.mkdirs()
new File(group, 'maven-metadata-local.xml').text = '''<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <plugins>
    <plugin>
      <name>Autonomy :: Maven plugin</name>
      <prefix>autonomy</prefix>
      <artifactId>autonomy-maven-plugin</artifactId>
    </plugin>
  </plugins>
</metadata>
'''
true
