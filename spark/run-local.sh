#!/usr/bin/env bash
# Runs the Spark job (AuditJob) in Spark local mode through spark-submit's own entry point
# (org.apache.spark.deploy.SparkSubmit, which the spark-submit script starts), on a machine without a Spark
# distribution: Spark's jars as Maven resolves them for the spark module, and the job jar submitted as on a cluster.
# For the scaling figures in docs/scale.md. Build first: mvn -q -DskipTests -P spark package
#
#   spark/run-local.sh CORES INPUT FORMAT OUTPUT      e.g. spark/run-local.sh 2 /tmp/crawl warc /tmp/audit
set -euo pipefail
cd "$(dirname "$0")/.."
cores=${1:?usage: spark/run-local.sh CORES INPUT warc|jsonl|parquet OUTPUT}
input=${2:?input}
format=${3:?format}
output=${4:?output}
cpfile=spark/target/spark-classpath.txt
if [ ! -s "$cpfile" ]; then
  mvn -q -P spark dependency:build-classpath -pl spark -Dmdep.includeScope=provided -Dmdep.outputFile="$cpfile" >&2
fi
# Spark's jars only: Copydesk and its own dependencies come from the job jar, as on a cluster
cp=$(tr ':' '\n' < "$cpfile" | grep -v '/org/copydesk/' | paste -sd: -)
# the module opens to Spark that its launcher (spark-submit) opens on Java 17
opens=$(sed -n 's:.*<spark.test.jvm.args>\(.*\)</spark.test.jvm.args>.*:\1:p' spark/pom.xml)
# shellcheck disable=SC2086
SPARK_LOCAL_IP=127.0.0.1 exec java -Xmx${SPARK_DRIVER_MEMORY:-2g} $opens \
  -Dlog4j2.configurationFile=spark/src/test/resources/log4j2.properties \
  -cp "$cp" org.apache.spark.deploy.SparkSubmit --master "local[$cores]" \
  --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --class org.copydesk.spark.AuditJob spark/target/copydesk-spark-job.jar \
  --input "$input" --input-format "$format" --output "$output"
