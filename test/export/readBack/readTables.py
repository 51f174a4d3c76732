"""Reads khitab CSV tables the way a pandas user would (pd.read_csv with its defaults) and prints, per
table, each column's dtype and values as JSON (NaN as null, infinities as "Inf"/"-Inf").
/usr/bin/python3 readTables.py RUN_DIR TABLE... (test/export/tablesInTools.long.test.ts)"""
import json, math, sys
import pandas as pd
out = {}
for t in sys.argv[2:]:
    df = pd.read_csv(f"{sys.argv[1]}/{t}.csv")
    cols = {}
    for c in df.columns:
        vals = []
        for v in df[c].tolist():
            if isinstance(v, float) and math.isnan(v): vals.append(None)
            elif isinstance(v, float) and math.isinf(v): vals.append("Inf" if v > 0 else "-Inf")
            else: vals.append(v.item() if hasattr(v, "item") else v)
        cols[c] = {"dtype": str(df[c].dtype), "values": vals}
    out[t] = {"columns": list(df.columns), "data": cols}
json.dump(out, sys.stdout, ensure_ascii=False)
