"""cronista inside Spark, run for real: PySpark in local mode analyses a DataFrame of
articles two ways, piping records through the binary's --jsonl and mapping
partitions over the Python package; both equal the single-process output.

The code between the `At scale` markers is the README's "At scale" section."""

import json
import os
import sys
import time

import pytest
from pyspark.sql import SparkSession  # a missing pyspark fails, never skips

from conftest import cli_jsonl, dumps


@pytest.fixture(scope="module")
def spark():
    # The workers run this interpreter, the one with cronista installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    started = time.monotonic()
    session = (
        SparkSession.builder.master("local[2]")
        .appName("cronista-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    print(f"\nspark started in {time.monotonic() - started:.1f} s")
    yield session
    session.stop()


def test_spark_pipe_and_map_partitions_equal_one_process(spark, binary, articles):
    some = articles[:400]
    expected = cli_jsonl(binary, some)
    started = time.monotonic()
    df = spark.createDataFrame(some, ["id", "text"]).repartition(4, "id").sortWithinPartitions("id")
    ordered = [(r.id, r.text) for r in df.collect()]
    expected_by_id = dict(zip((i for i, _ in some), expected))
    want = [expected_by_id[i] for i, _ in ordered]

    # At scale: begin
    import json
    import cronista

    # 1. The binary, one process per partition, JSON Lines in and out.
    records = df.rdd.map(lambda r: json.dumps({"id": r.id, "text": r.text}, ensure_ascii=False))
    piped = records.pipe(f"{binary} --jsonl --quiet --jobs 1").collect()

    # 2. The Python package, in the workers' Python.
    def summarize(rows):
        articles = ((r.id, r.text) for r in rows)
        for summary in cronista.analyze_many(articles, jobs=1):
            yield json.dumps(summary, ensure_ascii=False, separators=(",", ":"))

    mapped = df.rdd.mapPartitions(summarize).collect()
    # At scale: end

    print(f"spark: {len(some)} articles two ways in {time.monotonic() - started:.1f} s")
    assert len(piped) == len(mapped) == len(some)
    assert piped == want
    assert mapped == want
    # A summary loads back into a DataFrame, one row per company mention.
    companies = spark.read.json(df.rdd.mapPartitions(summarize)).selectExpr(
        "id", "explode(companies) as company"
    )
    assert companies.count() == sum(len(json.loads(line)["companies"]) for line in want)
    assert dumps(json.loads(want[0])) == want[0]
