import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \[base\] 1 commit\(s\) on this branch come from 'develop' and are not in production: [0-9a-f]{8} Add localized invoice subjects\./
assert log.contains('BUILD FAILURE')
assert log.contains('Hotfix branch hotfix/fix-fee-rounding is not fit for production: 1 error(s)')

def report = new JsonSlurper().parse(new File(basedir, 'target/hotfix/validate.json'))
assert report.result == 'failed'
assert report.findings.size() == 1
assert report.findings[0].rule == 'base'
assert report.findings[0].level == 'error'
assert report.findings[0].fix.contains('v1.4.2')
