# Reads khitab CSV tables the way an R user would (base read.csv, encoding = "UTF-8") and writes, per
# table, the class R gave each column (<table>.classes) and the data as R holds it (write.csv, NA as \N).
# Rscript readTables.R RUN_DIR OUT_DIR TABLE... (test/export/tablesInTools.long.test.ts)
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; out <- args[2]
for (t in args[-(1:2)]) {
  df <- read.csv(file.path(dir, paste0(t, ".csv")), encoding = "UTF-8")
  classes <- vapply(df, function(x) class(x)[1], "")
  writeLines(paste(names(df), classes, sep = "=", collapse = ","), file.path(out, paste0(t, ".classes")))
  write.csv(df, file.path(out, paste0(t, ".csv")), row.names = FALSE, na = "\\N", fileEncoding = "UTF-8")
}
