#!/usr/bin/env bash
# Builds sf-hotfix, creates the sample repository under target/sample-repo and runs hotfix:validate
# and hotfix:affected-tests in it, as an engineer on call would.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
repo="$root/target/sample-repo"
plugin="io.github.sfhotfix:hotfix-maven-plugin:0.1.0-SNAPSHOT"

mvn -q -f "$root/pom.xml" install -DskipTests
bash "$root/samples/create-sample-repo.sh" "$repo"
cd "$repo"
mvn -B "$plugin:validate"
mvn -B "$plugin:affected-tests"
echo "Reports: $repo/target/hotfix/validate.json and $repo/target/hotfix/tests.txt"
