def log = new File(basedir, 'build.log').text
assert log.contains('Autonomy sbom is skipped (autonomy.skip)')
assert log.contains('Autonomy check is skipped (autonomy.skip)')
assert !log.contains('Autonomy scan of')
assert !new File(basedir, 'target/autonomy').exists()
true
