// A module that fails while it loads, as a mutant that breaks a schema built at module level does.
throw new Error('built a broken table');
