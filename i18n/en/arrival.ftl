# Forms as they arrive (#15): what the importer says about a file's shape, and the files it
# refuses, naming the file and what to do.

import-column-repeated = column { $column } (`{ $header }`) repeats a column the form already has; the form's own column is read and this one is left out
