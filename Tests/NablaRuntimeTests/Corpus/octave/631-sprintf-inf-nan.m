sprintf('%d', Inf)
sprintf('%f', NaN)
sprintf('%g', -Inf)
