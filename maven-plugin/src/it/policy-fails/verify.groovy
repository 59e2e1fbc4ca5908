def log = new File(basedir, 'build.log').text
assert log.contains('Autonomy scan of nl.example.it:policy-fails@1.0.0') : 'the summary comes before the failure'
assert log.contains('[ERROR] Failed to execute goal nl.autonomy:autonomy-maven-plugin')
assert log.contains('The autonomy policy it-no-slf4j failed') : 'the failure names the policy'
assert log.contains('no-slf4j') && log.contains('pkg:maven/org.slf4j/slf4j-api@2.0.17') : 'and lists the failing finding'
assert new File(basedir, 'target/autonomy/report.json').isFile() : 'the reports are written before the build fails'
true
